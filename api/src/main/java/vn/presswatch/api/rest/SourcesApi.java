package vn.presswatch.api.rest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.service.SourceDraft;
import vn.presswatch.api.service.SourceImport;
import vn.presswatch.api.service.SourceService;
import vn.presswatch.api.service.SourceValidationException;
import vn.presswatch.crawler.sources.OpmlSources;
import vn.presswatch.crawler.sources.SourceList;
import vn.presswatch.crawler.sources.SourceLists;
import vn.presswatch.store.Source;

/** The watched sources: list with crawl health, add, change, switch on/off, delete, OPML export, import. */
@Controller("/api")
@Secured(Role.VIEWER_ID)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "sources", description = "Nguồn tin và tình trạng thu thập")
public class SourcesApi {
    /** Media type of OPML documents (no registered type exists; feed readers use this one). */
    public static final String OPML = "text/x-opml";

    private final SourceService sources;
    private final Clock clock;

    public SourcesApi(SourceService sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    @Get("/sources")
    @Operation(summary = "Every source with its crawl health")
    public List<SourceJson> list() {
        return sources.list().stream().map(SourceJson::of).toList();
    }

    @Get("/sources/{id}")
    @Operation(summary = "One source with its crawl health")
    public SourceJson get(@PathVariable String id) {
        return SourceJson.of(sources.require(id));
    }

    @Post("/sources")
    @Secured(Role.EDITOR_ID)
    @Operation(summary = "Add a source (editor)",
            description = "400 with a message per wrong field (fields: id, name, homepage, feedUrls, sitemapUrls, "
                    + "sectionPages, country, language, level, origin).")
    public HttpResponse<SourceJson> create(@Body SourceDraft draft, Authentication user) {
        Source created = sources.create(user.getName(), draft.toSource(true));
        return HttpResponse.created(SourceJson.of(sources.require(created.id())),
                URI.create("/api/sources/" + created.id()));
    }

    @Put("/sources/{id}")
    @Secured(Role.EDITOR_ID)
    @Operation(summary = "Change a source (editor)", description = "enabled may be left out to keep it.")
    public SourceJson update(@PathVariable String id, @Body SourceDraft draft, Authentication user) {
        if (draft.id() != null && !draft.id().isBlank() && !draft.id().strip().equals(id)) {
            throw SourceValidationException.of("id", "Không đổi được mã nguồn ('" + id + "' thành '"
                    + draft.id().strip() + "'): hãy thêm nguồn mới và xóa nguồn cũ.");
        }
        boolean enabled = sources.require(id).source().enabled();
        sources.update(user.getName(), draft.withId(id).toSource(enabled));
        return SourceJson.of(sources.require(id));
    }

    @Post("/sources/{id}/enable")
    @Secured(Role.EDITOR_ID)
    @Operation(summary = "Switch a source on (editor); also clears the failures that switched it off")
    public SourceJson enable(@PathVariable String id, Authentication user) {
        sources.setEnabled(user.getName(), id, true);
        return SourceJson.of(sources.require(id));
    }

    @Post("/sources/{id}/disable")
    @Secured(Role.EDITOR_ID)
    @Operation(summary = "Switch a source off (editor)")
    public SourceJson disable(@PathVariable String id, Authentication user) {
        sources.setEnabled(user.getName(), id, false);
        return SourceJson.of(sources.require(id));
    }

    @Delete("/sources/{id}")
    @Secured(Role.EDITOR_ID)
    @Operation(summary = "Delete a source (editor); articles=true deletes its stored articles too")
    public SourceJson.Deleted delete(@PathVariable String id, @Nullable @QueryValue Boolean articles,
                                     Authentication user) {
        return new SourceJson.Deleted(id, sources.delete(user.getName(), id, Boolean.TRUE.equals(articles)));
    }

    @Get(value = "/sources.opml", produces = OPML)
    @Operation(summary = "Every source as an OPML 2.0 document, for feed readers and POST /api/sources/import")
    public HttpResponse<byte[]> export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            OpmlSources.write(sources.list().stream().map(s -> s.source()).toList(), "Nguồn tin presswatch",
                    clock.instant(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.ok(out.toByteArray())
                .contentType(OPML + ";charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"presswatch-sources.opml\"");
    }

    @Post(value = "/sources/import", consumes = {MediaType.APPLICATION_JSON, MediaType.APPLICATION_YAML,
            MediaType.APPLICATION_XML, MediaType.TEXT_XML, OPML, MediaType.TEXT_PLAIN, "text/yaml"})
    @Secured(Role.EDITOR_ID)
    @Operation(summary = "Add the sources of a list (editor): OPML, JSON or YAML in the body",
            description = "name: the list's file name, whose extension (.opml, .json, .yaml) picks the format; "
                    + "without it the content does. Sources already present are skipped; invalid entries are "
                    + "reported and not added; a list that cannot be read at all is refused with 400.")
    public SourceJson.Imported importText(@Body String body, @Nullable @QueryValue String name,
                                          Authentication user) {
        return importList(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                name == null || name.isBlank() ? "nội dung gửi lên" : name.strip(), user);
    }

    @Post(value = "/sources/import", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Role.EDITOR_ID)
    @Operation(summary = "Add the sources of an uploaded list file, part 'file' (editor)")
    public SourceJson.Imported importFile(CompletedFileUpload file, Authentication user) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return importList(in, file.getFilename() == null || file.getFilename().isBlank() ? "tệp tải lên"
                    : file.getFilename(), user);
        }
    }

    private SourceJson.Imported importList(InputStream in, String listName, Authentication user) {
        SourceList list;
        try {
            list = SourceLists.read(in, listName, OpmlSources.Defaults.domestic());
        } catch (IOException e) {
            throw new IllegalArgumentException("Không đọc được danh sách nguồn " + listName + ": " + e.getMessage(),
                    e);
        }
        SourceImport result = sources.importSources(user.getName(), list.sources());
        return new SourceJson.Imported(result.added().size(), result.skipped().size(), result.added(),
                result.skipped(), result.errors(), list.defaultedIds());
    }
}
