// Command gencatalog writes a large, valid, synthetic OCOP catalogue for
// benchmarks and load tests:
//
//	go run ./tools/gencatalog -n 10000 -stories 1000 -o /tmp/cat10k [-photos P] [-seed 1]
//
// The catalogue has N products with realistic Vietnamese names, the 30
// Hanoi districts (and, beyond 3000 products, about one more district-level
// unit per 20 products), about N/100 tourism links, N/200 sales points and
// the requested number of stories; with -photos, the first P products have
// a photo each (content/media/photos/). The same flags give the same files,
// byte for byte.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	var cfg Config
	fs := flag.NewFlagSet("gencatalog", flag.ExitOnError)
	fs.IntVar(&cfg.Products, "n", 10000, "number of products")
	fs.IntVar(&cfg.Stories, "stories", 1000, "number of stories")
	fs.IntVar(&cfg.Photos, "photos", 0, "give the first `P` products a 1600×1200 JPEG photo each (slow: about 50 ms a photo)")
	fs.Uint64Var(&cfg.Seed, "seed", 1, "random seed; the same seed gives the same catalogue")
	out := fs.String("o", "", "output folder (new, empty, or an earlier gencatalog output)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: gencatalog -n N -stories S -o DIR [-photos P] [-seed 1]")
		fs.PrintDefaults()
	}
	fs.Parse(os.Args[1:])
	if *out == "" || fs.NArg() > 0 {
		fs.Usage()
		os.Exit(2)
	}
	cfg.Log = os.Stderr
	if err := Generate(*out, cfg); err != nil {
		fmt.Fprintln(os.Stderr, "gencatalog:", err)
		os.Exit(1)
	}
}
