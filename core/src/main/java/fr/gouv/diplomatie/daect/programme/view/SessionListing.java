package fr.gouv.diplomatie.daect.programme.view;

import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.programme.Session;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sessions as the home page and the theme pages list them: the upcoming ones first, in
 * chronological order, then the past ones, most recent first, each part by year as the source
 * page groups the programme.
 */
public final class SessionListing {

    private final List<ProgrammeView.Year> upcoming;
    private final List<ProgrammeView.Year> past;
    private final int upcomingCount;
    private final int pastCount;

    SessionListing(List<Session> sessions, Programme programme, Function<Session, SessionView> view) {
        List<Session> coming = sessions.stream().filter(s -> !programme.isPast(s)).toList();
        List<Session> over = sessions.stream().filter(programme::isPast)
                .sorted(Comparator.comparing(Session::startInstant).reversed()).toList();
        this.upcomingCount = coming.size();
        this.pastCount = over.size();
        this.upcoming = years(coming, view, Comparator.naturalOrder());
        // Every year of the listing, even one with no past session yet: the visitor's browser moves a
        // session there once it is over (assets/js/programme.js), long after the build.
        Map<Integer, List<Session>> pastByYear = byYear(over, Comparator.reverseOrder());
        sessions.forEach(s -> pastByYear.putIfAbsent(s.date().getYear(), List.of()));
        this.past = pastByYear.entrySet().stream()
                .map(e -> new ProgrammeView.Year(e.getKey(), e.getValue().stream().map(view).toList())).toList();
    }

    private static List<ProgrammeView.Year> years(List<Session> sessions, Function<Session, SessionView> view, Comparator<Integer> order) {
        return byYear(sessions, order).entrySet().stream()
                .map(e -> new ProgrammeView.Year(e.getKey(), e.getValue().stream().map(view).toList())).toList();
    }

    private static Map<Integer, List<Session>> byYear(List<Session> sessions, Comparator<Integer> order) {
        return sessions.stream().collect(Collectors.groupingBy(s -> s.date().getYear(), () -> new TreeMap<>(order), Collectors.toList()));
    }

    /** Years with an upcoming (or under way) session, ascending; their sessions in chronological order. */
    public List<ProgrammeView.Year> getUpcoming() {
        return upcoming;
    }

    /** Every year of the listing, most recent first; in each, the past sessions, most recent first (possibly none). */
    public List<ProgrammeView.Year> getPast() {
        return past;
    }

    public int getUpcomingCount() {
        return upcomingCount;
    }

    public int getPastCount() {
        return pastCount;
    }

    public int getSize() {
        return upcomingCount + pastCount;
    }

    /** "3 webinaires". */
    public String getSizeLabel() {
        return FrenchFormat.count(getSize(), "webinaire", "webinaires");
    }
}
