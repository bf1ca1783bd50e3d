package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// cmdRequest sends one request to a running serve and prints its answer:
//
//	request METHOD URL [HOST]      stdout is "status N", the headers one a
//	                               line, a blank line and the body; HOST
//	                               replaces the Host header of the URL
func cmdRequest(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 || len(args) > 3 {
		ts.Fatalf("usage: request METHOD URL [HOST]")
	}
	req, err := http.NewRequest(args[0], args[1], nil)
	ts.Check(err)
	if len(args) == 3 {
		req.Host = args[2]
	}
	client := &http.Client{
		Timeout:       10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	res, err := client.Do(req)
	ts.Check(err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	ts.Check(err)
	var head strings.Builder
	res.Header.Write(&head)
	fmt.Fprintf(ts.Stdout(), "status %d\n%s\n%s", res.StatusCode, strings.ReplaceAll(head.String(), "\r\n", "\n"), b)
}
