package vn.presswatch.api;

import io.micronaut.runtime.Micronaut;

/** Starts the presswatch application. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
