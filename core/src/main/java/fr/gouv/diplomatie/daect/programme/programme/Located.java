package fr.gouv.diplomatie.daect.programme.programme;

import java.util.Optional;

/**
 * A header value as an editor wrote it, with its 1-based line: {@code value} is what it means, empty when it could
 * not be read (validation reports that; the domain assumes it did).
 */
public record Located<T>(String text, int line, Optional<T> value) {
}
