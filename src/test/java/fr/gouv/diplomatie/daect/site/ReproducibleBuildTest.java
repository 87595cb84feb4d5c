package fr.gouv.diplomatie.daect.site;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same commit gives the same bytes whatever the build machine's zone, locale and clock. */
class ReproducibleBuildTest {

    @Test
    void twoMachinesFarApartBakeByteIdenticalSites() throws Exception {
        Path tokyo = Rebake.bake("www-tokyo", Map.of(), TimeZone.getTimeZone("Asia/Tokyo"), Locale.US,
                Clock.fixed(Instant.parse("2031-05-01T23:30:00Z"), ZoneOffset.UTC));
        Path newYork = Rebake.bake("www-new-york", Map.of(), TimeZone.getTimeZone("America/New_York"), Locale.ROOT,
                Clock.fixed(Instant.parse("2027-01-01T04:00:00Z"), ZoneOffset.UTC));

        Map<String, String> reference = digests(BakedSite.dir());
        assertEquals(reference, digests(tokyo));
        assertEquals(reference, digests(newYork));
    }

    static Map<String, String> digests(Path root) throws Exception {
        Map<String, String> digests = new TreeMap<>();
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(root.relativize(file).toString().replace('\\', '/'), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
            }
        }
        return digests;
    }
}
