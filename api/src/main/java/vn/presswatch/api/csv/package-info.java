/** CSV as Excel opens it: the one cell-quoting rule of every CSV file the application writes. */
package vn.presswatch.api.csv;
