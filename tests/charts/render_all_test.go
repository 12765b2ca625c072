package charts_test

import (
	"testing"
)

// TestEveryChartRendersAndDecodesStrictly renders every chart under charts/ with every values file
// in its examples/ and ci/ directories, and decodes every object strictly into its API type.
func TestEveryChartRendersAndDecodesStrictly(t *testing.T) {
	cases := chartCases(t)
	if len(cases) == 0 {
		t.Fatal("no chart found under charts/")
	}
	for _, c := range cases {
		t.Run(c.Chart+"/"+c.ValuesFile, func(t *testing.T) {
			objs := mustRender(t, c)
			if len(objs) == 0 {
				t.Fatalf("chart %s, values %s: rendered no object", c.Chart, c.ValuesFile)
			}
		})
	}
}
