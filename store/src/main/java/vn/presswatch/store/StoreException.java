package vn.presswatch.store;

/** The store could not do what was asked (I/O, a backend error, a corrupt index). Nothing was half-written. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
