package vn.presswatch.crawler.sources;

import java.util.List;
import java.util.Objects;
import vn.presswatch.store.Source;

/**
 * The sources read from one list file.
 *
 * @param name         the list's name as error messages give it, e.g. its path
 * @param sources      in the order the list gives them; all enabled unless the list says otherwise, none verified
 * @param defaultedIds ids of the sources whose country, language, level or origin the list did not give, so the
 *                     reader's defaults filled in (only OPML lacks these fields); an editor should check them
 */
public record SourceList(String name, List<Source> sources, List<String> defaultedIds) {

    public SourceList {
        Objects.requireNonNull(name, "name");
        sources = List.copyOf(sources);
        defaultedIds = List.copyOf(defaultedIds);
    }
}
