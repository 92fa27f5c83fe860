package vn.presswatch.api.csv;

/** Quoting of one CSV cell (RFC 4180), safe to open in a spreadsheet. */
public final class CsvCells {
    private CsvCells() {
    }

    /**
     * The cell as written: a value starting with =, +, -, @, tab or CR gets a leading ' so that a spreadsheet does
     * not run it as a formula; a value holding a comma, semicolon (Excel's list separator in many locales), quote or
     * line break is quoted, its quotes doubled.
     */
    public static String quote(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.indexOf(';') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
