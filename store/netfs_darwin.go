//go:build darwin

package store

import "syscall"

// networkFS names the network file system holding dir ("" when local or
// unknown), from statfs's f_fstypename.
func networkFS(dir string) string {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return ""
	}
	b := make([]byte, 0, len(st.Fstypename))
	for _, c := range st.Fstypename {
		if c == 0 {
			break
		}
		b = append(b, byte(c))
	}
	switch string(b) {
	case "nfs":
		return "NFS"
	case "smbfs":
		return "SMB"
	case "afpfs":
		return "AFP"
	case "webdav":
		return "WebDAV"
	}
	return ""
}
