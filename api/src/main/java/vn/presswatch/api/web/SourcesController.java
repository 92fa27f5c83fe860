package vn.presswatch.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.service.RecordNotFoundException;
import vn.presswatch.api.service.SourceImport;
import vn.presswatch.api.service.SourceService;
import vn.presswatch.api.service.SourceValidationException;
import vn.presswatch.crawler.sources.InvalidSourceListException;
import vn.presswatch.crawler.sources.OpmlSources;
import vn.presswatch.crawler.sources.SourceLists;
import vn.presswatch.store.Source;
import vn.presswatch.store.SourceLevel;

/**
 * The source list with each source's crawl status; editors add, edit, switch on and off, delete, import and
 * export sources here. Every change goes through {@link SourceService}, which checks and audits it.
 */
@Controller("/sources")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.VIEWER_ID)
public class SourcesController {
    /** Notices after a redirect, by code: the address carries a code, never text. */
    private static final Map<String, String> NOTICES = Map.of(
            "created", "Đã thêm nguồn tin. Nguồn sẽ được thu thập trong lần chạy tới.",
            "saved", "Đã lưu thay đổi của nguồn tin.",
            "enabled", "Đã bật nguồn tin.",
            "disabled", "Đã tắt nguồn tin.",
            "deleted", "Đã xóa nguồn tin.");

    private final SourceService sources;
    private final SourceHealth health;
    private final Clock clock;

    public SourcesController(SourceService sources, SourceHealth health, Clock clock) {
        this.sources = sources;
        this.health = health;
        this.clock = clock;
    }

    @Get
    public ModelAndView<Map<String, Object>> list(@Nullable @QueryValue String ok) {
        return listPage(ok == null ? null : NOTICES.get(ok), null, null);
    }

    @Get("/new")
    @Secured(Role.EDITOR_ID)
    public ModelAndView<Map<String, Object>> newForm() {
        return formPage(SourceForm.blank(), Map.of(), true);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> create(@Body Map<String, String> form, Authentication user) {
        Map<String, String> values = SourceForm.values(form);
        try {
            Source source = SourceForm.draft(values).toSource(true);
            sources.create(user.getName(), source);
            return HttpResponse.seeOther(URI.create("/sources?ok=created"));
        } catch (SourceValidationException e) {
            return HttpResponse.badRequest(formPage(values, e.fields(), true));
        }
    }

    @Get("/{id}/edit")
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> editForm(@PathVariable String id) {
        return sources.get(id)
                .<MutableHttpResponse<?>>map(s -> HttpResponse.ok(formPage(SourceForm.of(s.source()), Map.of(), false)))
                .orElseGet(() -> notFound(id));
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> update(@PathVariable String id, @Body Map<String, String> form,
                                         Authentication user) {
        Map<String, String> values = SourceForm.values(form);
        values.put("id", id);
        try {
            sources.update(user.getName(), SourceForm.draft(values).toSource(true));
            return HttpResponse.seeOther(URI.create("/sources?ok=saved"));
        } catch (SourceValidationException e) {
            return HttpResponse.badRequest(formPage(values, e.fields(), false));
        } catch (RecordNotFoundException e) {
            return notFound(id);
        }
    }

    @Post("/{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> enable(@PathVariable String id, Authentication user) {
        return switchSource(id, true, user);
    }

    @Post("/{id}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> disable(@PathVariable String id, Authentication user) {
        return switchSource(id, false, user);
    }

    /** Asks before deleting: the page says what goes and what stays. */
    @Get("/{id}/delete")
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> confirmDelete(@PathVariable String id) {
        return sources.get(id).<MutableHttpResponse<?>>map(s -> {
            Map<String, Object> model = new HashMap<>();
            model.put("source", s.source());
            return HttpResponse.ok(new ModelAndView<>("source-delete", model));
        }).orElseGet(() -> notFound(id));
    }

    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> delete(@PathVariable String id, @Body Map<String, String> form,
                                         Authentication user) {
        try {
            sources.delete(user.getName(), id, "on".equals(form.get("articles")));
            return HttpResponse.seeOther(URI.create("/sources?ok=deleted"));
        } catch (RecordNotFoundException e) {
            return notFound(id);
        }
    }

    @Get("/export.opml")
    @Produces("text/x-opml")
    public MutableHttpResponse<byte[]> exportOpml() throws IOException {
        List<Source> all = sources.list().stream().map(s -> s.source()).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpmlSources.write(all, "Nguồn tin presswatch", clock.instant(), out);
        return HttpResponse.ok(out.toByteArray()).contentType("text/x-opml;charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"presswatch-nguon-tin.opml\"");
    }

    /** A JSON, YAML or OPML list; the CSRF token comes in the query string (the filter cannot read multipart). */
    @Post("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Secured(Role.EDITOR_ID)
    public MutableHttpResponse<?> importList(@Nullable @Part("file") CompletedFileUpload file, Authentication user) {
        if (file == null || file.getSize() == 0) {
            return HttpResponse.badRequest(listPage(null, "Hãy chọn một tệp danh sách nguồn (OPML, JSON hoặc YAML).",
                    null));
        }
        try (InputStream in = file.getInputStream()) {
            List<Source> list = SourceLists.read(in, file.getFilename(), OpmlSources.Defaults.domestic()).sources();
            SourceImport result = sources.importSources(user.getName(), list);
            return HttpResponse.ok(listPage(null, null, result));
        } catch (InvalidSourceListException e) {
            return HttpResponse.badRequest(listPage(null, e.getMessage(), null));
        } catch (IOException e) {
            return HttpResponse.badRequest(listPage(null, "Không đọc được tệp " + file.getFilename() + ".", null));
        }
    }

    private MutableHttpResponse<?> switchSource(String id, boolean enabled, Authentication user) {
        try {
            sources.setEnabled(user.getName(), id, enabled);
            return HttpResponse.seeOther(URI.create("/sources?ok=" + (enabled ? "enabled" : "disabled")));
        } catch (RecordNotFoundException e) {
            return notFound(id);
        }
    }

    private ModelAndView<Map<String, Object>> listPage(String notice, String error, SourceImport imported) {
        Map<String, Object> model = new HashMap<>();
        model.put("sources", health.all());
        model.put("notice", notice);
        model.put("error", error);
        model.put("imported", imported);
        return new ModelAndView<>("sources", model);
    }

    private static ModelAndView<Map<String, Object>> formPage(Map<String, String> values, Map<String, String> errors,
                                                             boolean isNew) {
        Map<String, Object> model = new HashMap<>();
        model.put("values", values);
        model.put("errors", errors);
        model.put("isNew", isNew);
        model.put("levels", List.of(SourceLevel.values()));
        model.put("action", isNew ? "/sources" : "/sources/" + values.get("id"));
        return new ModelAndView<>("source-form", model);
    }

    private static MutableHttpResponse<?> notFound(String id) {
        return ErrorPages.page(HttpStatus.NOT_FOUND, "Không tìm thấy nguồn tin",
                "Không có nguồn tin mã '" + id + "'. Có thể nguồn đã bị xóa.");
    }
}
