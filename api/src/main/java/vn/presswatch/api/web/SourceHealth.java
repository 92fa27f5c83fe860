package vn.presswatch.api.web;

import jakarta.inject.Singleton;
import java.util.List;
import vn.presswatch.api.service.SourceService;

/** Each source with its crawl state, as the source list and the dashboard's warnings show them. */
@Singleton
public class SourceHealth {
    private final SourceService sources;

    public SourceHealth(SourceService sources) {
        this.sources = sources;
    }

    /** Every source, by name, with its state. */
    public List<SourceRow> all() {
        return sources.list().stream().map(s -> SourceRow.of(s.source(), s.state())).toList();
    }

    /** The sources that are switched off or whose last poll failed. */
    public List<SourceRow> warnings() {
        return all().stream().filter(SourceRow::needsAttention).toList();
    }
}
