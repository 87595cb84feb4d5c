package fr.gouv.diplomatie.daect.programme.validation;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** The IANA time-zone names Java knows, read once: {@link ZoneId#getAvailableZoneIds()} copies them on every call. */
public final class Zones {

    private static final Set<String> KNOWN = Set.copyOf(ZoneId.getAvailableZoneIds());
    private static final List<String> SORTED = KNOWN.stream().sorted().toList();

    private Zones() {
    }

    public static boolean isKnown(String name) {
        return KNOWN.contains(name);
    }

    public static List<String> sorted() {
        return SORTED;
    }
}
