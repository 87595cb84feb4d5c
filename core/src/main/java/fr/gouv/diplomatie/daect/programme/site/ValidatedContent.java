package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.validation.ValidationReport;

import java.util.List;

/**
 * The content files as read and validated by the {@code validate} goal: the {@code bake} goal of the same
 * build takes them up instead of reading and validating everything again, if nothing changed in between.
 */
public record ValidatedContent(ContentFingerprint fingerprint, List<ContentFile> files, ValidationReport report) {
}
