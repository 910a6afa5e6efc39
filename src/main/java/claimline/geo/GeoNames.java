package claimline.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * GeoNames' populated places of 1,000 people or more (assets/gazetteer/geonames-cities.tsv.gz, written once by
 * src/tools/gazetteer/geonames.py; CC BY 4.0, see NOTICE), looked up by any of their names. About 135,000 places
 * under 340,000 names: kept in flat arrays and a hash table of folded names, not a map of objects, so that the
 * whole takes some 30 MB. Loaded on first need ({@link #bundled()}), never at start-up.
 */
public final class GeoNames {
    public static final String ASSET = "/assets/gazetteer/geonames-cities.tsv.gz";

    private final GeoPlace[] places;
    private final int[] table;
    private final String[] names;
    private final int[] owner;
    private final int[] next;

    private GeoNames(GeoPlace[] places, int[] table, String[] names, int[] owner, int[] next) {
        this.places = places;
        this.table = table;
        this.names = names;
        this.owner = owner;
        this.next = next;
    }

    private static final class Bundled {
        static final GeoNames INSTANCE = loadBundled();
    }

    /** The bundled gazetteer, read from the class path the first time it is asked for (a few hundred ms). */
    public static GeoNames bundled() { return Bundled.INSTANCE; }

    private static GeoNames loadBundled() {
        try (InputStream in = GeoNames.class.getResourceAsStream(ASSET)) {
            if (in == null) {
                throw new IllegalStateException("missing asset: " + ASSET);
            }
            return read(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("bad asset " + ASSET, e);
        }
    }

    /** Reads the converter's format from an uncompressed stream: one place a line, '#' lines are comments. */
    public static GeoNames read(InputStream tsv) throws IOException {
        List<GeoPlace> places = new ArrayList<>(140_000);
        List<String> keys = new ArrayList<>(400_000);
        int[] owners = new int[400_000];
        Map<String, String> countries = new HashMap<>();
        Map<String, String> admins = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8), 1 << 16);
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            String[] f = fields(line);
            if (f.length != 9) {
                throw new IOException("line " + lineNo + ": " + f.length + " fields, 9 expected");
            }
            String country = countries.computeIfAbsent(f[4], Geo::iso3);
            if (country == null) {
                continue; // a code no ISO list knows: no country to prefer it by
            }
            int index = places.size();
            places.add(new GeoPlace(Integer.parseInt(f[0]), f[1], country, admins.computeIfAbsent(f[5], a -> a),
                    Integer.parseInt(f[6]), Double.parseDouble(f[7]), Double.parseDouble(f[8])));
            owners = addName(keys, owners, f[1], index);
            if (!f[2].isEmpty()) {
                owners = addName(keys, owners, f[2], index);
            }
            if (!f[3].isEmpty()) {
                for (int from = 0, bar; from <= f[3].length(); from = bar + 1) {
                    bar = f[3].indexOf('|', from);
                    bar = bar < 0 ? f[3].length() : bar;
                    owners = addName(keys, owners, f[3].substring(from, bar), index);
                }
            }
        }
        return index(places.toArray(GeoPlace[]::new), keys, owners);
    }

    /** The tab-separated fields of a line (String.split compiles and runs a pattern per line: slower by half). */
    private static String[] fields(String line) {
        List<String> out = new ArrayList<>(9);
        int from = 0;
        for (int tab; (tab = line.indexOf('\t', from)) >= 0; from = tab + 1) {
            out.add(line.substring(from, tab));
        }
        out.add(line.substring(from));
        return out.toArray(String[]::new);
    }

    private static int[] addName(List<String> keys, int[] owners, String name, int index) {
        int[] out = keys.size() < owners.length ? owners : Arrays.copyOf(owners, owners.length * 2);
        out[keys.size()] = index;
        keys.add(Geo.fold(name));
        return out;
    }

    /**
     * Open-addressing hash table from folded names to chains of places: a sort of 340,000 names took most of the
     * load time, a table is built in one pass. {@code table} holds the first entry of each name (+1, 0 is empty);
     * entry i names place {@code owner[i]} and continues with entry {@code next[i]} (-1 ends the chain).
     */
    private static GeoNames index(GeoPlace[] places, List<String> keys, int[] owners) {
        int capacity = Integer.highestOneBit(Math.max(16, keys.size() * 2)) << 1;
        int[] table = new int[capacity];
        int[] next = new int[keys.size()];
        String[] names = new String[keys.size()];
        int[] owner = new int[keys.size()];
        int n = 0;
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            int slot = slot(table, names, k);
            int head = table[slot] - 1;
            if (head >= 0 && chainHas(head, next, owner, owners[i])) {
                continue; // one place under one name once, however many of its spellings fold to it
            }
            names[n] = head >= 0 ? names[head] : k;
            owner[n] = owners[i];
            next[n] = head;
            table[slot] = n + 1;
            n++;
        }
        return new GeoNames(places, table, Arrays.copyOf(names, n), Arrays.copyOf(owner, n), Arrays.copyOf(next, n));
    }

    private static boolean chainHas(int head, int[] next, int[] owner, int place) {
        for (int e = head; e >= 0; e = next[e]) {
            if (owner[e] == place) {
                return true;
            }
        }
        return false;
    }

    /** The slot of this name: where it is, or the empty one where it would go. */
    private static int slot(int[] table, String[] names, String key) {
        int mask = table.length - 1;
        int h = key.hashCode();
        for (int at = (h ^ (h >>> 16)) & mask; ; at = (at + 1) & mask) {
            int e = table[at] - 1;
            if (e < 0 || names[e].equals(key)) {
                return at;
            }
        }
    }

    /** Every place one of whose names folds as this name does ({@link Geo#fold}), in the file's order. */
    public List<GeoPlace> named(String name) {
        int head = table[slot(table, names, Geo.fold(name))] - 1;
        int count = 0;
        for (int e = head; e >= 0; e = next[e]) {
            count++;
        }
        int[] found = new int[count];
        for (int e = head, i = 0; e >= 0; e = next[e]) {
            found[i++] = owner[e];
        }
        Arrays.sort(found);
        List<GeoPlace> out = new ArrayList<>(count);
        for (int i : found) {
            out.add(places[i]);
        }
        return out;
    }

    public int size() { return places.length; }

    public int nameCount() { return names.length; }
}
