package vn.presswatch.api.digest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Named;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.web.VietnamTime;

/** The digest of any past morning as a page, and the last days' digests as an Atom feed for feed readers. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.VIEWER_ID)
public class DigestController {
    private final DigestBuilder builder;
    private final DigestDispatch dispatch;
    private final DigestFeed feed;
    private final DigestProperties properties;
    private final Clock clock;
    private final ExecutorService background;

    public DigestController(DigestBuilder builder, DigestDispatch dispatch, DigestFeed feed,
                            DigestProperties properties, Clock clock,
                            @Named(TaskExecutors.BLOCKING) ExecutorService background) {
        this.background = background;
        this.builder = builder;
        this.dispatch = dispatch;
        this.feed = feed;
        this.properties = properties;
        this.clock = clock;
    }

    @Get("/digest")
    @Produces(MediaType.TEXT_HTML)
    public MutableHttpResponse<ModelAndView<Map<String, Object>>> page(@QueryValue @Nullable String date,
                                                                       @QueryValue @Nullable String sending) {
        LocalDate today = VietnamTime.day(clock.instant());
        Map<String, Object> model = new HashMap<>();
        model.put("today", today.toString());
        model.put("sendTime", properties.time().toString());
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? today : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return error(model, date, "Ngày '" + date + "' không hợp lệ; hãy chọn ngày hoặc viết theo dạng "
                    + "năm-tháng-ngày, ví dụ " + today + ".");
        }
        if (day.isAfter(today)) {
            return error(model, date, "Chưa có bản tin của ngày " + VietnamTime.format(day)
                    + ": ngày này chưa đến. Hãy chọn một ngày đến hôm nay (" + VietnamTime.format(today) + ").");
        }
        Digest digest = builder.build(day);
        model.put("date", day.toString());
        model.put("digest", digest);
        model.put("dayText", VietnamTime.format(day));
        model.put("subject", DigestText.subject(digest));
        model.put("summary", DigestText.summary(digest));
        model.put("topicCounts", digest.topicCounts().stream().filter(c -> c.count() > 0).toList());
        model.put("previous", day.minusDays(1).toString());
        model.put("next", day.isBefore(today) ? day.plusDays(1).toString() : null);
        model.put("delivery", deliveryText(day));
        model.put("deliveryFailed", dispatch.delivery(day).map(d -> d.error() != null && d.status()
                != DigestDelivery.Status.SENT).orElse(false));
        // Editors may send a day by hand when mail is set up and the day was never sent or every try failed.
        model.put("canResend", properties.sending() && !properties.recipientList().isEmpty()
                && dispatch.resendable(day));
        model.put("sending", sending != null);
        return HttpResponse.ok(new ModelAndView<>("digest", model));
    }

    /** Sends a day's digest now, in the background (its retries can take minutes); the page shows how it went. */
    @Post("/digest/send")
    @Secured(Role.EDITOR_ID)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> send(@Body Map<String, String> form) {
        String date = form.getOrDefault("date", "");
        LocalDate day;
        try {
            day = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return HttpResponse.badRequest("Ngày '" + date + "' không hợp lệ.");
        }
        if (!properties.sending() || day.isAfter(VietnamTime.day(clock.instant()))) {
            return HttpResponse.badRequest("Không gửi được bản tin ngày " + VietnamTime.format(day)
                    + ": chưa bật gửi thư (presswatch.digest.enabled) hoặc ngày chưa đến.");
        }
        background.execute(() -> dispatch.resend(day));
        return HttpResponse.seeOther(URI.create("/digest?date=" + day + "&sending=1"));
    }

    @Get("/digest.atom")
    @Produces("application/atom+xml;charset=utf-8")
    public String atom() {
        return feed.atom();
    }

    /** How the e-mail of that day went, as the page says it; null when nothing was sent or tried. */
    private String deliveryText(LocalDate day) {
        return dispatch.delivery(day).map(d -> switch (d.status()) {
            case SENT -> "Đã gửi qua thư điện tử lúc " + VietnamTime.format(d.updatedAt()) + " tới " + d.recipients()
                    + " người nhận.";
            case SENDING -> "Đang gửi qua thư điện tử (bắt đầu lúc " + VietnamTime.format(d.updatedAt()) + ").";
            case RETRYING -> "Chưa gửi được: " + d.error() + " (đã thử " + d.attempts() + " lần, sẽ thử lại).";
            case FAILED -> "Chưa gửi được: " + d.error() + " (đã thử " + d.attempts() + " lần, lúc "
                    + VietnamTime.format(d.updatedAt()) + ").";
        }).orElse(null);
    }

    private static MutableHttpResponse<ModelAndView<Map<String, Object>>> error(Map<String, Object> model,
                                                                                String date, String message) {
        model.put("date", date);
        model.put("error", message);
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                .body(new ModelAndView<>("digest", model));
    }
}
