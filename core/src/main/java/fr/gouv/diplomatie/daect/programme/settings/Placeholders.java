package fr.gouv.diplomatie.daect.programme.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values left as they were in an example: reserved domains ({@code example.org}, {@code localhost}…), and words
 * or signs that only a placeholder contains ({@code VOTRE_ID}, {@code xxxx}, {@code …}, {@code <id>}). A
 * production build refuses them; a local build shows no such address as text.
 */
public final class Placeholders {

    /** In an address: words and signs that only a placeholder contains. */
    private static final Pattern ADDRESS_TEXT = Pattern.compile(
            "(?i)x{3,}|votre|your|todo|changeme|change-me|a-remplacer|placeholder|exemple|example|…|\\.\\.\\.|[<>{}]|%7b|%7d|%3c|%3e|%e2%80%a6");
    /** In a text: the same, without the words a real French sentence may hold ("votre consentement"). */
    private static final Pattern TEXT = Pattern.compile(
            "(?i)x{3,}|votre_|your_|\\btodo\\b|changeme|change-me|\\b[àa][ _-](remplacer|compl[ée]ter|confirmer|d[ée]finir)\\b"
                    + "|placeholder|lorem ipsum|…|\\.\\.\\.|[<>{}]");
    /** Top-level domains reserved for examples and tests (RFC 2606, RFC 6761), and this machine. */
    private static final Set<String> RESERVED_TOP = Set.of("example", "test", "invalid", "localhost", "local");
    private static final Pattern RESERVED_HOST = Pattern.compile(
            "(.*\\.)?example\\.(com|net|org)|localhost|127(\\.\\d+){3}|0\\.0\\.0\\.0|\\[?::1]?");

    private Placeholders() {
    }

    /** An address (http, https, webcal, mailto or a bare e-mail address) on a reserved host, or with placeholder words. */
    public static boolean isExampleAddress(String value) {
        String text = value.strip();
        Optional<String> host = hostOf(text);
        return host.map(Placeholders::isReservedHost).orElse(false) || ADDRESS_TEXT.matcher(text).find();
    }

    public static boolean isReservedHost(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        String top = lower.substring(lower.lastIndexOf('.') + 1);
        return RESERVED_TOP.contains(top) || RESERVED_HOST.matcher(lower).matches();
    }

    /** A setting's value: an address is judged as an address, any other text by the placeholder words and signs. */
    public static boolean isPlaceholder(String value) {
        return looksLikeAddress(value) ? isExampleAddress(value) : TEXT.matcher(value).find();
    }

    private static boolean looksLikeAddress(String value) {
        return value.contains("://") || value.startsWith("mailto:") || value.strip().matches("[^\\s@]+@[^\\s@]+");
    }

    private static Optional<String> hostOf(String value) {
        int at = value.lastIndexOf('@');
        if (!value.contains("://") && at > 0) {
            return Optional.of(value.substring(at + 1));
        }
        try {
            return Optional.ofNullable(new URI(value).getHost());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
