package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.bake.SiteChange;
import fr.gouv.diplomatie.daect.programme.calendar.SessionText;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockEntry;
import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;
import fr.gouv.diplomatie.daect.programme.site.SiteBuild.Sources;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a change of content files and assets requires of the site, found by comparing the sources
 * of the last good bake with the new ones — rather than trusting which files the watcher saw:
 * <ul>
 * <li>a page is rendered again when its file changed, when what it shows of the programme did, or
 *     when a document it offers changed (its page shows the file's size): a session page shows its
 *     session, whether it is past, under way or open for registration, its previous and next
 *     sessions, and the session it announces once over; every other page (home, registration, site
 *     map…) and every tag's page may list the whole programme, so they are all rendered again
 *     whenever the list of sessions changed (they are few); the page of a tag no session has any
 *     more is deleted;</li>
 * <li>a session's calendar is written again when its session, its line of the lock or its text
 *     changed; the programme's calendar and the Atom feed when any session did;</li>
 * <li>the sitemap, which reads every page, only when pages appeared, disappeared or changed status;</li>
 * <li>the search index, which reads the session pages, when one of them is rendered again or deleted.</li>
 * </ul>
 *
 * @param change            pages to parse, render and delete, assets to copy
 * @param calendars         the sessions whose calendar is written again
 * @param programmeCalendar whether the programme's calendar and the feed are written again
 * @param sitemap           whether the sitemap is written again
 * @param searchIndex       whether the search index is built again
 */
public record RebakePlan(SiteChange change, Set<UUID> calendars, boolean programmeCalendar, boolean sitemap, boolean searchIndex) {

    /**
     * @param assets        files copied as they are that were created or changed (absolute, normalized)
     * @param assetDir      the folder of the documents sessions offer
     * @param removedAssets the site paths (from the site's root) of those that were deleted
     */
    public static RebakePlan of(Sources before, Sources after, SitePaths paths, Set<Path> assets, Path assetDir,
                                Set<String> removedAssets) {
        Map<Path, ContentFile> old = byPath(before.files());
        Map<Path, ContentFile> now = byPath(after.files());

        Set<Path> changed = new HashSet<>();
        now.forEach((path, file) -> {
            if (!file.equals(old.get(path))) {
                changed.add(path);
            }
        });
        Set<Path> removed = new HashSet<>(old.keySet());
        removed.removeAll(now.keySet());

        Set<Path> render = new HashSet<>(changed);
        Map<String, Path> pathOf = after.files().stream()
                .collect(Collectors.toMap(ContentFile::displayPath, RebakePlan::key, (a, b) -> a));
        Map<String, SessionPageShows> oldPages = sessionPages(before.programme());
        sessionPages(after.programme()).forEach((source, shown) -> {
            if (!shown.equals(oldPages.get(source))) {
                render.add(pathOf.get(source));
            }
        });
        after.programme().sessions().stream().filter(session -> offersAnyOf(session, assets, assetDir))
                .forEach(session -> render.add(pathOf.get(session.sourcePath())));
        boolean listChanged = !listing(before.programme()).equals(listing(after.programme()));
        if (listChanged) {
            after.files().stream().filter(f -> !SessionReader.isSession(f)).map(RebakePlan::key).forEach(render::add);
        }
        render.remove(null);

        Map<UUID, CalendarMadeOf> oldCalendars = calendars(before);
        Map<UUID, CalendarMadeOf> newCalendars = calendars(after);
        Set<UUID> calendars = new TreeSet<>();
        newCalendars.forEach((uid, calendar) -> {
            if (!calendar.equals(oldCalendars.get(uid))) {
                calendars.add(uid);
            }
        });
        Set<String> deleted = new HashSet<>(removedAssets);
        Set<String> sessionCalendars = after.programme().sessions().stream().map(paths::sessionCalendar).collect(Collectors.toSet());
        before.programme().sessions().stream().map(paths::sessionCalendar).filter(p -> !sessionCalendars.contains(p)).forEach(deleted::add);
        boolean programmeCalendar = !calendars.isEmpty() || !oldCalendars.keySet().equals(newCalendars.keySet()) || listChanged;

        Set<String> oldTags = tags(before.files());
        Set<String> newTags = tags(after.files());
        oldTags.stream().filter(tag -> !newTags.contains(tag)).map(paths::themePage).forEach(deleted::add);

        boolean sitemap = !published(before.files()).equals(published(after.files())) || !oldTags.equals(newTags);
        Set<Path> sessionSources = new HashSet<>(sessionSources(before.files()));
        sessionSources.addAll(sessionSources(after.files()));
        boolean searchIndex = render.stream().anyMatch(sessionSources::contains) || removed.stream().anyMatch(sessionSources::contains);
        return new RebakePlan(new SiteChange(changed, removed, render, assets, deleted, listChanged), calendars, programmeCalendar,
                sitemap, searchIndex);
    }

    /** Whether one of the session's documents (in {@code assetDir}, as its page finds them) is one of {@code files}. */
    private static boolean offersAnyOf(Session session, Set<Path> files, Path assetDir) {
        return !files.isEmpty() && session.documents().stream()
                .anyMatch(document -> files.contains(assetDir.resolve(document.path()).toAbsolutePath().normalize()));
    }

    private static Map<Path, ContentFile> byPath(List<ContentFile> files) {
        return files.stream().collect(Collectors.toMap(RebakePlan::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static Set<Path> sessionSources(List<ContentFile> files) {
        return files.stream().filter(SessionReader::isSession).map(RebakePlan::key).collect(Collectors.toSet());
    }

    private static Path key(ContentFile file) {
        return file.path().toAbsolutePath().normalize();
    }

    /**
     * What a session's page shows of the programme: the session, its status, its neighbours, and the session it
     * announces once it is over ({@link Programme#nextAfter}), which need not be its neighbour.
     */
    record SessionPageShows(ListedSession listed, Optional<Session> previous, Optional<Session> following,
                            Optional<Session> announced) {
    }

    /**
     * What a page listing the programme (home, theme pages…) shows of one session: its phase too, since a page is
     * baked for the phase of the build's moment (« En ce moment », the next session).
     */
    record ListedSession(Session session, boolean past, boolean underWay, boolean openForRegistration) {

        static ListedSession of(Programme programme, Session session) {
            return new ListedSession(session, programme.isPast(session), session.isUnderWayAt(programme.now()),
                    programme.isOpenForRegistration(session));
        }
    }

    /** What a session's calendar is made of: the session, its line of the lock (if any), its text. */
    record CalendarMadeOf(Session session, Optional<LockEntry> lockEntry, SessionText text) {
    }

    /** What each session page shows of the programme, by source file. */
    static Map<String, SessionPageShows> sessionPages(Programme programme) {
        Map<String, SessionPageShows> pages = new HashMap<>();
        for (Session session : programme.sessions()) {
            pages.put(session.sourcePath(), new SessionPageShows(ListedSession.of(programme, session),
                    programme.previous(session), programme.following(session), programme.nextAfter(session)));
        }
        return pages;
    }

    /** What the pages that list the programme show of it. */
    static List<ListedSession> listing(Programme programme) {
        return programme.sessions().stream().map(s -> ListedSession.of(programme, s)).toList();
    }

    /** What each session's calendar is made of, by session. */
    static Map<UUID, CalendarMadeOf> calendars(Sources sources) {
        Map<String, ContentFile> files = sources.files().stream()
                .collect(Collectors.toMap(ContentFile::displayPath, Function.identity(), (a, b) -> a));
        Map<UUID, CalendarMadeOf> calendars = new HashMap<>();
        for (Session session : sources.programme().sessions()) {
            ContentFile file = files.get(session.sourcePath());
            calendars.put(session.uid(), new CalendarMadeOf(session, sources.lock().lock().entry(session.uid()),
                    file == null ? SessionText.NONE : SessionText.of(file)));
        }
        return calendars;
    }

    /** The tags JBake makes a page of: those of the published files. */
    private static Set<String> tags(List<ContentFile> files) {
        Set<String> tags = new HashSet<>();
        for (ContentFile file : files) {
            if ("published".equals(file.value(SessionHeader.STATUS).orElse(""))) {
                for (String tag : file.value(SessionHeader.TAGS).orElse("").split(",")) {
                    if (!tag.isBlank()) {
                        tags.add(tag.strip());
                    }
                }
            }
        }
        return tags;
    }

    /** The pages of the site and whether each is published. */
    private static Map<Path, String> published(List<ContentFile> files) {
        Map<Path, String> pages = new HashMap<>();
        files.forEach(f -> pages.put(key(f), f.value(SessionHeader.STATUS).orElse("")));
        return pages;
    }
}
