//go:build linux

package store

import "syscall"

// networkFS names the network file system holding dir ("" when local or
// unknown), from statfs's f_type (linux/magic.h).
func networkFS(dir string) string {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return ""
	}
	return netFSName(int64(st.Type))
}

// netFSName maps a Linux file system magic number to a network file
// system's name.
func netFSName(magic int64) string {
	switch uint32(magic) {
	case 0x6969:
		return "NFS"
	case 0x517B:
		return "SMB"
	case 0xFF534D42:
		return "CIFS"
	case 0xFE534D42:
		return "SMB2"
	case 0x5346414F:
		return "AFS"
	case 0x73757245:
		return "Coda"
	case 0x00C36400:
		return "CephFS"
	}
	return ""
}
