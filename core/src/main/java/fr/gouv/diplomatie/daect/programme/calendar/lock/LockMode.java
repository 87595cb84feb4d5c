package fr.gouv.diplomatie.daect.programme.calendar.lock;

import java.util.Arrays;
import java.util.Optional;

/** {@code -Dprogramme.lock=update|verify}: an editor's build updates the lock, CI's verifies it. */
public enum LockMode {
    UPDATE, VERIFY;

    public static final String SETTING = fr.gouv.diplomatie.daect.programme.settings.BuildSettings.LOCK_MODE;

    public static Optional<LockMode> parse(String value) {
        return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(value.strip())).findFirst();
    }
}
