package fr.gouv.diplomatie.daect.programme.validation;

import java.util.function.Consumer;

/** One check over the sources; it reports what it finds and never throws on bad input. */
public interface Rule {

    void check(ValidationContext context, Consumer<Diagnostic> report);
}
