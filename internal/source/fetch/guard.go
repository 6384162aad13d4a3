package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"syscall"
	"time"
)

// Resolver looks up the addresses of a host. *net.Resolver satisfies it;
// tests pass a fake that maps public-looking names to private addresses.
type Resolver interface {
	LookupIPAddr(ctx context.Context, host string) ([]net.IPAddr, error)
}

type blockedRange struct {
	prefix netip.Prefix
	kind   string
}

// blockedRanges are the destinations a crawler fed by untrusted URLs must
// never reach unless the operator opts in.
var blockedRanges = func() []blockedRange {
	rs := []struct{ cidr, kind string }{
		{"0.0.0.0/8", "an unspecified"},
		{"10.0.0.0/8", "a private"},
		{"100.64.0.0/10", "a shared (CGNAT)"},
		{"127.0.0.0/8", "a loopback"},
		{"169.254.0.0/16", "a link-local"},
		{"172.16.0.0/12", "a private"},
		{"192.0.0.0/24", "a reserved"},
		{"192.0.2.0/24", "a documentation"},
		{"192.168.0.0/16", "a private"},
		{"198.18.0.0/15", "a benchmarking"},
		{"198.51.100.0/24", "a documentation"},
		{"203.0.113.0/24", "a documentation"},
		{"224.0.0.0/4", "a multicast"},
		{"240.0.0.0/4", "a reserved"},
		{"::/128", "an unspecified"},
		{"::1/128", "a loopback"},
		{"100::/64", "a discard"},
		{"2001:db8::/32", "a documentation"},
		{"fc00::/7", "a private"},
		{"fe80::/10", "a link-local"},
		{"fec0::/10", "a site-local"},
		{"ff00::/8", "a multicast"},
	}
	out := make([]blockedRange, len(rs))
	for i, r := range rs {
		out[i] = blockedRange{netip.MustParsePrefix(r.cidr), r.kind}
	}
	return out
}()

var (
	nat64Prefix  = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour    = netip.MustParsePrefix("2002::/16")
	v4Compatible = netip.MustParsePrefix("::/96")
)

// classify returns a description of why ip is blocked, or "" if it may be
// contacted. IPv6 forms that embed an IPv4 address (mapped, compatible,
// NAT64, 6to4) are judged by the embedded address.
func classify(ip netip.Addr) string {
	ip = ip.WithZone("")
	if ip.Is4In6() {
		ip = ip.Unmap()
	}
	if ip.Is6() {
		b := ip.As16()
		switch {
		case nat64Prefix.Contains(ip) || (v4Compatible.Contains(ip) && ip != netip.IPv6Unspecified() && ip != netip.IPv6Loopback()):
			if k := classify(netip.AddrFrom4([4]byte(b[12:16]))); k != "" {
				return k
			}
		case sixToFour.Contains(ip):
			if k := classify(netip.AddrFrom4([4]byte(b[2:6]))); k != "" {
				return k
			}
		}
	}
	for _, r := range blockedRanges {
		if r.prefix.Contains(ip) {
			return r.kind
		}
	}
	if ip == netip.AddrFrom4([4]byte{255, 255, 255, 255}) {
		return "a broadcast"
	}
	return ""
}

// dialer resolves once, checks every address, and dials only the checked
// addresses, so DNS cannot change its answer between check and use.
type dialer struct {
	resolver     Resolver
	allowPrivate bool
	allowIP      func(netip.Addr) bool // test hook: extra allowed addresses
	net          net.Dialer
}

func (d *dialer) check(host string, ip netip.Addr) error {
	if d.allowPrivate || (d.allowIP != nil && d.allowIP(ip.Unmap())) {
		return nil
	}
	if kind := classify(ip); kind != "" {
		return &blockedError{host: host, ip: ip.String(), kind: kind}
	}
	return nil
}

func (d *dialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("dialing %s: %w", addr, err)
	}
	var ips []netip.Addr
	if ip, err := netip.ParseAddr(host); err == nil {
		ips = []netip.Addr{ip}
	} else {
		addrs, err := d.resolver.LookupIPAddr(ctx, host)
		if err != nil {
			return nil, fmt.Errorf("resolving %s: %w", host, err)
		}
		for _, a := range addrs {
			ip, ok := netip.AddrFromSlice(a.IP)
			if !ok {
				continue
			}
			ips = append(ips, ip.WithZone(a.Zone))
		}
		if len(ips) == 0 {
			return nil, fmt.Errorf("resolving %s: no addresses", host)
		}
	}
	// A name with any blocked address is refused outright: mixing public and
	// private answers is a classic DNS-rebinding trick.
	for _, ip := range ips {
		if err := d.check(host, ip); err != nil {
			return nil, err
		}
	}
	var firstErr error
	for _, ip := range ips {
		nd := d.net
		// Belt and braces: check the address the socket actually connects to.
		nd.Control = func(_, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return err
			}
			return d.check(host, ap.Addr())
		}
		conn, err := nd.DialContext(ctx, network, net.JoinHostPort(ip.String(), port))
		if err == nil {
			return conn, nil
		}
		if firstErr == nil {
			firstErr = err
		}
		if ctx.Err() != nil || errors.Is(err, ErrBlockedAddress) {
			break
		}
	}
	return nil, firstErr
}

func newDialer(cfg Config) *dialer {
	r := cfg.Resolver
	if r == nil {
		r = net.DefaultResolver
	}
	return &dialer{
		resolver:     r,
		allowPrivate: cfg.AllowPrivate,
		net:          net.Dialer{Timeout: 15 * time.Second, KeepAlive: 30 * time.Second},
	}
}
