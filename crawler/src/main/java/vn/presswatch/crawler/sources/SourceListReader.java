package vn.presswatch.crawler.sources;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import vn.presswatch.store.Source;

/**
 * Reads a source list written as JSON or YAML: an object {@code {"addresses": "...", "sources": [entry...]}} where
 * each entry has {@code id, name, homepage, feedUrls, sitemapUrls, sectionPages [{url, linkSelector}], country,
 * language, level, origin}, and optionally {@code enabled} (default true) and {@code note} (for the people who
 * maintain the list; not loaded). {@code level} and {@code origin} are the enum names in any case ({@code central},
 * {@code domestic}). The YAML form has the same keys, {@code sources:} holding a list of mappings.
 *
 * <p>A list cannot say that a source is verified: every source read is unverified until a poll succeeds. Every
 * entry is checked before any is returned (unknown or repeated fields, absolute http(s) addresses, at least one
 * address, CSS selectors that parse, ISO codes, unique ids and addresses), and the first problem raises
 * {@link InvalidSourceListException} naming the entry. Both formats go through the same checks.
 */
public final class SourceListReader {

    private static final Set<String> TOP_LEVEL_FIELDS = Set.of("addresses", "sources");

    private SourceListReader() {
    }

    /**
     * Reads a JSON list.
     *
     * @param json     the list; read fully, not closed
     * @param listName names the list in error messages, e.g. its file name
     * @throws IOException                 when the stream cannot be read
     * @throws InvalidSourceListException when the JSON is malformed or an entry is invalid
     */
    public static List<Source> read(InputStream json, String listName) throws IOException {
        return read(new ObjectMapper(), "JSON", json, listName);
    }

    /**
     * Reads a YAML list. Only {@code true} and {@code false} are booleans: {@code no} (Norwegian) or {@code NO}
     * (Norway) stay text, as YAML 1.2 reads them.
     *
     * @param yaml     the list; read fully, not closed
     * @param listName names the list in error messages, e.g. its file name
     * @throws IOException                 when the stream cannot be read
     * @throws InvalidSourceListException when the YAML is malformed or an entry is invalid
     */
    public static List<Source> readYaml(InputStream yaml, String listName) throws IOException {
        YAMLFactory factory = YAMLFactory.builder().enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .build();
        return read(new ObjectMapper(factory), "YAML", yaml, listName);
    }

    private static List<Source> read(ObjectMapper mapper, String format, InputStream in, String listName)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(listName, "listName");
        // A key written twice in a hand-edited list is a mistake; by default the second would win silently.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidSourceListException(listName, 0, null, "not valid " + format + ": " + problem(e), e);
        }
        if (root == null || !root.isObject() || !root.path("sources").isArray()) {
            throw new InvalidSourceListException(listName, 0, null,
                    "expected an object with a \"sources\" array", null);
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!TOP_LEVEL_FIELDS.contains(field)) {
                throw new InvalidSourceListException(listName, 0, null, "unknown field \"" + field
                        + "\"; expected " + TOP_LEVEL_FIELDS, null);
            }
        }
        List<Source> sources = new ArrayList<>();
        UniqueSources unique = new UniqueSources(listName);
        int position = 0;
        for (JsonNode node : root.path("sources")) {
            position++;
            JsonNode idNode = node.path("id");
            String id = idNode.isTextual() || idNode.isNumber() ? idNode.asText() : null;
            Source source = toSource(mapper, node, listName, position, id);
            unique.add(source, position, id, "");
            sources.add(source);
        }
        return List.copyOf(sources);
    }

    /** What is wrong and where, on one line: SnakeYAML's own message quotes the text over several. */
    private static String problem(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            String context = yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")";
            return yaml.getProblem() + context + " at line " + (yaml.getProblemMark().getLine() + 1) + ", column "
                    + (yaml.getProblemMark().getColumn() + 1);
        }
        JsonLocation where = e.getLocation();
        String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        return e.getOriginalMessage().strip() + at;
    }

    private static Source toSource(ObjectMapper mapper, JsonNode node, String listName, int position, String id) {
        if (!node.isObject()) {
            throw new InvalidSourceListException(listName, position, null, "expected an object, found "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT), null);
        }
        SourceEntry entry;
        try {
            entry = mapper.treeToValue(node, SourceEntry.class);
        } catch (UnrecognizedPropertyException e) {
            String hint = "verified".equals(e.getPropertyName())
                    ? " (a list cannot mark a source verified: its first successful poll does)" : "";
            throw new InvalidSourceListException(listName, position, id, "unknown field \"" + e.getPropertyName()
                    + "\"" + hint + "; expected " + e.getKnownPropertyIds(), e);
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")) : "";
            throw new InvalidSourceListException(listName, position, id, (field.isEmpty() ? "" : field + ": ")
                    + e.getOriginalMessage(), e);
        }
        try {
            return entry.toSource();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidSourceListException(listName, position, id, e.getMessage(), e);
        }
    }
}
