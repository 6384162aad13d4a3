package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/source/feed"
	"github.com/yalu-osint/yalu/internal/source/fetch"
	"github.com/yalu-osint/yalu/internal/store"
)

const feedsUsage = `yalu feeds — follow news feeds (RSS 0.9x/2.0, Atom, RDF, JSON Feed)

Usage:
  yalu feeds add URL [URL...]     subscribe; a site's page URL is searched for its feed links
  yalu feeds import FILE.opml     subscribe to every feed of an OPML file
  yalu feeds import --curated     subscribe to yalu's curated list of outlets covering North Korea
  yalu feeds export               print the subscriptions as OPML
  yalu feeds list [--format json] list feeds with their polling state and last error
  yalu feeds rm ID|URL            unsubscribe (documents already ingested stay)
  yalu feeds check [--fix]        fetch every feed once and report whether it works; with --fix,
                                  a feed URL that turned out to be a web page is replaced by the
                                  feed it links to
  yalu feeds poll [--once]        poll due feeds and ingest new items; without --once, keep polling

Every subcommand takes --db PATH. Fetching flags: --allow-private.

Example:
  yalu feeds import --curated && yalu feeds poll --once
`

func runFeeds(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(env.Stdout, feedsUsage)
		if len(args) == 0 {
			return fmt.Errorf("name a subcommand: %w", errUsage)
		}
		return nil
	}
	sub, rest := args[0], args[1:]
	fs := newFlags(env, "feeds")
	fs.Usage = func() { fmt.Fprint(env.Stdout, feedsUsage) }
	var cf commonFlags
	cf.register(fs, env)
	allowPrivate := fs.Bool("allow-private", false, "allow fetching from loopback or private networks")
	format := fs.String("format", "table", "list: table or json")
	once := fs.Bool("once", false, "poll: one cycle over due feeds, then exit")
	all := fs.Bool("all", false, "poll: poll every feed now, not only the due ones")
	curated := fs.Bool("curated", false, "import: use yalu's curated outlet list")
	fix := fs.Bool("fix", false, "check: replace page URLs by the feed they link to")
	if err := parse(fs, rest); err != nil {
		return err
	}
	switch sub {
	case "add", "import", "export", "list", "rm", "poll", "check":
	default:
		return fmt.Errorf("unknown subcommand %q; use add, import, export, list, rm, check or poll: %w", sub, errUsage)
	}
	st, _, err := openStore(ctx, cf.db)
	if err != nil {
		return err
	}
	defer st.Close()
	fetcher := fetch.New(fetch.Config{AllowPrivate: *allowPrivate, UserAgent: "yalu/" + Version + " (+https://github.com/yalu-osint/yalu)"})
	now := env.Now().UTC()

	switch sub {
	case "add":
		if fs.NArg() == 0 {
			return fmt.Errorf("name a feed or site URL: %w", errUsage)
		}
		failed := 0
		for _, u := range fs.Args() {
			f, created, err := subscribe(ctx, st, fetcher, u, now)
			if err != nil {
				failed++
				fmt.Fprintf(env.Stderr, "error: %s: %v\n", u, err)
				continue
			}
			verb := "added"
			if !created {
				verb = "already subscribed:"
			}
			fmt.Fprintf(env.Stdout, "%s feed %d %s (%s)\n", verb, f.ID, f.URL, orDash(f.Title))
		}
		if failed > 0 {
			return fmt.Errorf("%d feed(s) could not be added: %w", failed, errPartial)
		}
		return nil
	case "import":
		var data []byte
		switch {
		case *curated:
			data = feed.Curated()
		case fs.NArg() == 1:
			data, err = os.ReadFile(fs.Arg(0))
			if err != nil {
				return fmt.Errorf("reading OPML: %w", err)
			}
		default:
			return fmt.Errorf("name one OPML file, or pass --curated: %w", errUsage)
		}
		outlines, err := feed.ReadOPML(bytes.NewReader(data))
		if err != nil {
			return fmt.Errorf("reading OPML: %w", err)
		}
		added := 0
		for _, o := range outlines {
			f := &model.Feed{URL: o.FeedURL, Title: o.Title, SiteURL: o.SiteURL, Category: o.Category, NextPollAt: now}
			created, err := st.AddFeed(ctx, f)
			if err != nil {
				return fmt.Errorf("adding %s: %w", o.FeedURL, err)
			}
			if created {
				added++
			}
		}
		fmt.Fprintf(env.Stdout, "imported %d feed(s), %d already subscribed\n", added, len(outlines)-added)
		return nil
	case "export":
		feeds, err := st.ListFeeds(ctx)
		if err != nil {
			return err
		}
		return feed.WriteOPML(env.Stdout, feeds)
	case "list":
		if err := checkFormat(*format, "table", "json"); err != nil {
			return err
		}
		feeds, err := st.ListFeeds(ctx)
		if err != nil {
			return err
		}
		if *format == "json" {
			if feeds == nil {
				feeds = []model.Feed{}
			}
			return writeJSON(env.Stdout, feeds)
		}
		if len(feeds) == 0 {
			fmt.Fprintln(env.Stdout, "No feeds. Add one with 'yalu feeds add URL' or 'yalu feeds import --curated'.")
			return nil
		}
		tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tTITLE\tLAST POLLED\tNEXT POLL\tEVERY\tERRORS\tLAST ERROR\tURL")
		for _, f := range feeds {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", f.ID, truncate(orDash(f.Title), 30), fmtTime(f.LastPolledAt),
				f.NextPollAt.UTC().Format("2006-01-02 15:04"), f.PollInterval.Round(time.Minute), f.ErrorCount, truncate(orDash(f.LastError), 40), f.URL)
		}
		return tw.Flush()
	case "check":
		return checkFeeds(ctx, env, st, fetcher, *fix)
	case "rm":
		if fs.NArg() != 1 {
			return fmt.Errorf("name one feed id or URL (see 'yalu feeds list'): %w", errUsage)
		}
		f, err := findFeed(ctx, st, fs.Arg(0))
		if err != nil {
			return err
		}
		if err := st.DeleteFeed(ctx, f.ID); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "removed feed %d %s (its documents stay)\n", f.ID, f.URL)
		return nil
	default: // poll
		a, err := openApp(ctx, env, &cf)
		if err != nil {
			return err
		}
		defer a.Close()
		poller := newPoller(a, fetcher)
		if *all {
			feeds, err := st.ListFeeds(ctx)
			if err != nil {
				return err
			}
			for i := range feeds {
				feeds[i].NextPollAt = now
				if err := st.UpdateFeed(ctx, &feeds[i]); err != nil {
					return err
				}
			}
		}
		if *once {
			stats, err := poller.PollOnce(ctx)
			fmt.Fprintf(env.Stdout, "polled %d feed(s): %d unchanged, %d new item(s), %d ingested, %d error(s)\n",
				stats.Feeds, stats.NotModified, stats.NewItems, stats.Ingested, stats.Errors)
			if err != nil {
				return err
			}
			if stats.Errors > 0 {
				return fmt.Errorf("some feeds or items failed; 'yalu feeds list' shows each feed's last error: %w", errPartial)
			}
			return nil
		}
		a.log.Info("polling feeds until interrupted (Ctrl-C)")
		err = poller.Run(ctx)
		if errors.Is(err, context.Canceled) {
			return nil
		}
		return err
	}
}

func newPoller(a *app, fetcher *fetch.Fetcher) *feed.Poller {
	return feed.NewPoller(feed.PollerConfig{
		Store:   a.store,
		Fetcher: fetcher,
		Ingest: func(ctx context.Context, o *model.Original) (int64, error) {
			out, err := a.pipeline.Ingest(ctx, o)
			if err != nil {
				return 0, err
			}
			return out.DocumentID, nil
		},
		Logger: a.log,
	})
}

// subscribe adds a feed by URL; a web page URL is searched for feed links.
func subscribe(ctx context.Context, st store.Store, f *fetch.Fetcher, u string, now time.Time) (*model.Feed, bool, error) {
	if existing, err := st.FeedByURL(ctx, u); err == nil {
		return existing, false, nil
	}
	resp, err := f.Fetch(ctx, fetch.Request{URL: u})
	if err != nil {
		return nil, false, err
	}
	feedURL := resp.URL
	parsed, err := feed.Parse(resp.Body, feedURL)
	if errors.Is(err, feed.ErrNotAFeed) {
		links := feed.Discover(resp.Body, resp.URL)
		if len(links) == 0 {
			return nil, false, fmt.Errorf("%s is a web page without feed links; find the site's RSS or Atom URL and add that", u)
		}
		feedURL = links[0]
		resp, err = f.Fetch(ctx, fetch.Request{URL: feedURL})
		if err != nil {
			return nil, false, err
		}
		parsed, err = feed.Parse(resp.Body, feedURL)
	}
	if err != nil {
		return nil, false, err
	}
	m := &model.Feed{URL: feedURL, Title: parsed.Title, SiteURL: parsed.SiteURL, NextPollAt: now}
	created, err := st.AddFeed(ctx, m)
	if err != nil {
		return nil, false, err
	}
	return m, created, nil
}

func findFeed(ctx context.Context, st store.Store, ref string) (*model.Feed, error) {
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		f, err := st.GetFeed(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("feed %d: %w (see 'yalu feeds list')", id, err)
		}
		return f, nil
	}
	f, err := st.FeedByURL(ctx, ref)
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w (see 'yalu feeds list')", ref, err)
	}
	return f, nil
}

// checkFeeds fetches every feed once, without ingesting anything, and says
// for each whether it parses and how many items it has.
func checkFeeds(ctx context.Context, env *Env, st store.Store, f *fetch.Fetcher, fix bool) error {
	feeds, err := st.ListFeeds(ctx)
	if err != nil {
		return err
	}
	if len(feeds) == 0 {
		fmt.Fprintln(env.Stdout, "No feeds to check.")
		return nil
	}
	bad := 0
	for i := range feeds {
		fd := &feeds[i]
		resp, err := f.Fetch(ctx, fetch.Request{URL: fd.URL})
		if err != nil {
			bad++
			fmt.Fprintf(env.Stdout, "FAIL %d %s: %v\n", fd.ID, fd.URL, err)
			continue
		}
		parsed, err := feed.Parse(resp.Body, resp.URL)
		if errors.Is(err, feed.ErrNotAFeed) {
			links := feed.Discover(resp.Body, resp.URL)
			if len(links) == 0 {
				bad++
				fmt.Fprintf(env.Stdout, "FAIL %d %s: a web page that links no feed\n", fd.ID, fd.URL)
				continue
			}
			if !fix {
				bad++
				fmt.Fprintf(env.Stdout, "PAGE %d %s: a web page; its feed is %s (rerun with --fix to switch)\n", fd.ID, fd.URL, links[0])
				continue
			}
			old := fd.URL
			fd.URL = links[0]
			if err := st.UpdateFeed(ctx, fd); err != nil {
				return fmt.Errorf("updating feed %d: %w", fd.ID, err)
			}
			fmt.Fprintf(env.Stdout, "FIXED %d %s -> %s\n", fd.ID, old, fd.URL)
			continue
		}
		if err != nil {
			bad++
			fmt.Fprintf(env.Stdout, "FAIL %d %s: %v\n", fd.ID, fd.URL, err)
			continue
		}
		fmt.Fprintf(env.Stdout, "OK   %d %s: %q, %d items\n", fd.ID, fd.URL, parsed.Title, len(parsed.Items))
	}
	if bad > 0 {
		return fmt.Errorf("%d of %d feeds do not work: %w", bad, len(feeds), errPartial)
	}
	return nil
}
