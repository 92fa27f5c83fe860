package vn.presswatch.api.service;

/** Something the request names (a source, an article, a user) does not exist; the message says which, in Vietnamese. */
public class RecordNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String message) {
        super(message);
    }
}
