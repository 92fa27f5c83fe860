package vn.presswatch.store;

import java.nio.file.Path;

/** Another process already writes to the embedded store's data directory. */
public final class DataDirectoryInUseException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    public DataDirectoryInUseException(Path directory, Throwable cause) {
        super("data directory " + directory + " is in use by another presswatch process; stop it, or give this one"
                + " its own directory (PRESSWATCH_DATA_DIR), or open the store read-only", cause);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
