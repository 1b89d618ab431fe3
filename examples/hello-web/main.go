// hello-web serves a static page and a health endpoint. It is the example app of Berth's README:
// `berth lint examples/` checks its Dockerfile, and berth.yaml says how to build, run and deploy it.
package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>hello-web</title></head>
<body><h1>Hello from a container deployed by Berth.</h1></body>
</html>
`

func main() {
	addr := flag.String("addr", ":8080", "address to listen on")
	healthcheck := flag.Bool("healthcheck", false, "probe a running server's /healthz and exit 0 when healthy")
	flag.Parse()

	// The image has no shell or curl, so the container's HEALTHCHECK runs this binary in probe mode.
	if *healthcheck {
		client := http.Client{Timeout: 2 * time.Second}
		resp, err := client.Get("http://127.0.0.1" + *addr + "/healthz")
		if err != nil || resp.StatusCode != http.StatusOK {
			os.Exit(1)
		}
		os.Exit(0)
	}

	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})

	server := &http.Server{Addr: *addr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	log.Printf("hello-web listening on %s", *addr)
	log.Fatal(server.ListenAndServe())
}
