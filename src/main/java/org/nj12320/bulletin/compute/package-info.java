/** Pure functions from the loaded model to printable figures: sums, totals, ranks, formats and consistency checks. */
package org.nj12320.bulletin.compute;
