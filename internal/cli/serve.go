package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/yalu-osint/yalu/internal/source/fetch"
	"github.com/yalu-osint/yalu/internal/web"
)

func runServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "serve")
	var cf commonFlags
	cf.register(fs, env)
	listen := fs.String("listen", "127.0.0.1:8080", "address to listen on")
	noPoll := fs.Bool("no-poll", false, "do not poll feeds in the background")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching feeds on loopback or private networks")
	if err := parse(fs, args); err != nil {
		return err
	}
	a, err := openApp(ctx, env, &cf)
	if err != nil {
		return err
	}
	defer a.Close()
	return serve(ctx, env, a, *listen, !*noPoll, *allowPrivate)
}

// serve runs the web server (and the feed poller) until ctx is cancelled,
// then stops them in order: HTTP first, then the poller, which finishes the
// item it is on.
func serve(ctx context.Context, env *Env, a *app, listen string, poll, allowPrivate bool) error {
	h, err := web.New(a.store, a.log)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return fmt.Errorf("listening on %s: %w (is another server using it? pass --listen HOST:PORT)", listen, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: 60 * time.Second}
	url := "http://" + ln.Addr().String() + "/"
	fmt.Fprintf(env.Stdout, "yalu is serving %s at %s (Ctrl-C to stop)\n", a.dbPath, url)
	if env.Ready != nil {
		env.Ready(ln.Addr().String())
	}

	pollCtx, stopPoll := context.WithCancel(context.WithoutCancel(ctx))
	defer stopPoll()
	var wg sync.WaitGroup
	if poll {
		fetcher := fetch.New(fetch.Config{AllowPrivate: allowPrivate, UserAgent: "yalu/" + Version + " (+https://github.com/yalu-osint/yalu)"})
		p := newPoller(a, fetcher)
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := p.Run(pollCtx); err != nil && !errors.Is(err, context.Canceled) {
				a.log.Error("feed polling stopped", "error", err)
			}
		}()
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		stopPoll()
		wg.Wait()
		return fmt.Errorf("web server: %w", err)
	case <-ctx.Done():
	}
	a.log.Info("shutting down: web server first, then feed polling")
	shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		a.log.Warn("web server did not stop cleanly", "error", err)
	}
	stopPoll()
	wg.Wait()
	return nil
}
