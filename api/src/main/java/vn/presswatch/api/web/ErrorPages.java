package vn.presswatch.api.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.Map;

/** A page that says what went wrong, in Vietnamese, with the status it belongs to. */
final class ErrorPages {
    private ErrorPages() {
    }

    static MutableHttpResponse<ModelAndView<Map<String, Object>>> page(HttpStatus status, String title,
                                                                       String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("errorTitle", title);
        model.put("message", message);
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status).body(new ModelAndView<>("error", model));
    }
}
