package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.SiteAddresses;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Two sources that would publish to one address ({@code x.md} and {@code x.html} in one folder, a
 * content page and an asset): one would silently overwrite the other. Addresses are compared
 * ignoring case, since Windows and macOS disks (where editors preview) do so.
 */
public final class UniqueAddressRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        SiteAddresses addresses = context.addresses();
        Map<String, SiteAddresses.Source> first = new HashMap<>();
        for (SiteAddresses.Source source : addresses.all()) {
            SiteAddresses.Source owner = first.putIfAbsent(source.address().toLowerCase(Locale.ROOT), source);
            if (owner == null) {
                continue;
            }
            // Point at the content file of the pair: that is what an editor can rename.
            SiteAddresses.Source named = source.file() != null ? source : owner;
            SiteAddresses.Source other = named == source ? owner : source;
            if (named.file() == null) {
                continue; // two assets or generated files: not an editor's matter
            }
            report.accept(Diagnostic.error(named.file().displayPath(), 1, "ce fichier serait publié à l'adresse `"
                    + named.address() + "`, comme " + other.shownPath() + " ; l'un remplacerait l'autre : renommez ce fichier"));
        }
    }
}
