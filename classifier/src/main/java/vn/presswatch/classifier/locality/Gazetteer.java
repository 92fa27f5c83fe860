package vn.presswatch.classifier.locality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.presswatch.store.text.VietnameseFolding;

/**
 * The administrative units of Viet Nam since 1 July 2025: 34 provinces, 3,321 communes and the former units merged
 * into them. Immutable and thread-safe.
 *
 * <p>The bundled copy ({@link #bundled()}) is {@code gazetteer.tsv} in this package's resources, generated from
 * the shared gazetteer by {@code classifier/scripts/build-gazetteer.py}; its README gives the sources and licences.
 */
public final class Gazetteer {

    private static final String RESOURCE = "gazetteer.tsv";

    private final List<Province> provinces;
    private final List<Commune> communes;
    private final List<FormerDistrict> formerDistricts;
    private final Map<String, Province> provincesByCode;
    private final Map<String, Commune> communesByCode;

    private Gazetteer(List<Province> provinces, List<Commune> communes, List<FormerDistrict> formerDistricts) {
        this.provinces = List.copyOf(provinces);
        this.communes = List.copyOf(communes);
        this.formerDistricts = List.copyOf(formerDistricts);
        Map<String, Province> byProvince = new LinkedHashMap<>();
        for (Province province : provinces) {
            if (byProvince.put(province.code(), province) != null) {
                throw new IllegalArgumentException("duplicate province code " + province.code());
            }
        }
        Map<String, Commune> byCommune = new LinkedHashMap<>();
        for (Commune commune : communes) {
            if (!byProvince.containsKey(commune.provinceCode())) {
                throw new IllegalArgumentException("commune " + commune.code() + " has unknown province "
                        + commune.provinceCode());
            }
            if (byProvince.containsKey(commune.code()) || byCommune.put(commune.code(), commune) != null) {
                throw new IllegalArgumentException("duplicate unit code " + commune.code());
            }
        }
        for (FormerDistrict district : formerDistricts) {
            if (!byProvince.containsKey(district.provinceCode())) {
                throw new IllegalArgumentException("former district " + district.name() + " has unknown province "
                        + district.provinceCode());
            }
        }
        this.provincesByCode = Map.copyOf(byProvince);
        this.communesByCode = Map.copyOf(byCommune);
    }

    /** The gazetteer bundled with presswatch (read from the class path on each call; keep the instance). */
    public static Gazetteer bundled() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the class path: " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a gazetteer in the {@code gazetteer.tsv} format: tab-separated rows {@code P} (province), {@code C}
     * (commune) and {@code D} (former district); blank lines and {@code #} comments are skipped. Text is NFC
     * normalised. Does not close the reader.
     *
     * @throws IllegalArgumentException on a malformed row, naming its line number
     */
    public static Gazetteer read(Reader reader) throws IOException {
        List<Province> provinces = new ArrayList<>();
        List<Commune> communes = new ArrayList<>();
        List<FormerDistrict> districts = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = VietnameseFolding.normalize(line).split("\t", -1);
            try {
                switch (f[0]) {
                    case "P" -> provinces.add(new Province(field(f, 1), field(f, 2), field(f, 3), field(f, 4),
                            field(f, 5), field(f, 6), list(field(f, 7))));
                    case "C" -> communes.add(new Commune(field(f, 1), field(f, 2),
                            CommuneType.ofLabel(field(f, 3)), field(f, 4), field(f, 5), formerUnits(field(f, 6))));
                    case "D" -> districts.add(new FormerDistrict(field(f, 1), field(f, 2), field(f, 3)));
                    default -> throw new IllegalArgumentException("unknown row kind " + f[0]);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("gazetteer line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return new Gazetteer(provinces, communes, districts);
    }

    private static String field(String[] fields, int index) {
        if (index >= fields.length) {
            throw new IllegalArgumentException("missing column " + (index + 1));
        }
        return fields[index].strip();
    }

    private static List<String> list(String value) {
        return value.isEmpty() ? List.of() : Arrays.stream(value.split(";")).map(String::strip).toList();
    }

    private static List<FormerUnit> formerUnits(String value) {
        List<FormerUnit> units = new ArrayList<>();
        for (String item : list(value)) {
            int eq = item.lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("former unit without =full/=partial: " + item);
            }
            String kind = item.substring(eq + 1);
            if (!kind.equals("full") && !kind.equals("partial")) {
                throw new IllegalArgumentException("former unit kind must be full or partial: " + item);
            }
            units.add(new FormerUnit(item.substring(0, eq), kind.equals("full")));
        }
        return units;
    }

    /** All provinces, by code. */
    public List<Province> provinces() {
        return provinces;
    }

    /** All communes, by code. */
    public List<Commune> communes() {
        return communes;
    }

    /** The former district-level units the sources name (not all of them: see the README). */
    public List<FormerDistrict> formerDistricts() {
        return formerDistricts;
    }

    public Optional<Province> province(String code) {
        return Optional.ofNullable(provincesByCode.get(code));
    }

    public Optional<Commune> commune(String code) {
        return Optional.ofNullable(communesByCode.get(code));
    }
}
