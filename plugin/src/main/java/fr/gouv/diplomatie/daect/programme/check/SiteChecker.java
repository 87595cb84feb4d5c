package fr.gouv.diplomatie.daect.programme.check;

import fr.gouv.diplomatie.daect.programme.check.rules.FieldLabelCheck;
import fr.gouv.diplomatie.daect.programme.check.rules.ImageAltCheck;
import fr.gouv.diplomatie.daect.programme.check.rules.LandmarkCheck;
import fr.gouv.diplomatie.daect.programme.check.rules.LanguageCheck;
import fr.gouv.diplomatie.daect.programme.check.rules.MetadataCheck;
import fr.gouv.diplomatie.daect.programme.check.rules.ReferenceCheck;
import fr.gouv.diplomatie.daect.programme.check.rules.SingleHeadingCheck;
import fr.gouv.diplomatie.daect.programme.check.rules.UniqueTitleCheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every check over the baked site and lists every problem found. */
public final class SiteChecker {

    private final List<PageCheck> pageChecks;
    private final List<SiteCheck> siteChecks;

    public SiteChecker(List<PageCheck> pageChecks, List<SiteCheck> siteChecks) {
        this.pageChecks = List.copyOf(pageChecks);
        this.siteChecks = List.copyOf(siteChecks);
    }

    /** The checks of a French public site; {@code siteHost} is where it is published. */
    public static SiteChecker standard(String siteHost) {
        return new SiteChecker(
                List.of(new ReferenceCheck(siteHost), new LanguageCheck(), new MetadataCheck(), new SingleHeadingCheck(),
                        new LandmarkCheck(), new ImageAltCheck(), new FieldLabelCheck()),
                List.of(new UniqueTitleCheck()));
    }

    public List<Problem> check(Path siteFolder) {
        BakedSite site = new BakedSite(siteFolder);
        List<Page> pages = site.pages();
        List<Problem> problems = new ArrayList<>();
        for (Page page : pages) {
            for (PageCheck check : pageChecks) {
                check.check(page, site, problems::add);
            }
        }
        for (SiteCheck check : siteChecks) {
            check.check(pages, problems::add);
        }
        problems.sort(Comparator.comparing(Problem::page).thenComparing(Problem::message));
        return problems;
    }
}
