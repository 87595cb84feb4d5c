package fr.gouv.diplomatie.daect.programme.programme;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** All published sessions, in chronological order, seen from a given moment. */
public final class Programme {

    private final List<Session> sessions;
    private final Instant now;
    private final Map<String, Session> bySlug;
    private final Map<String, Integer> positions = new java.util.HashMap<>();
    private final Duration registrationCloses;
    /**
     * At most this many sessions are open for registration at once, the next ones: the registration form lists each
     * of them, and must stay light however many sessions are announced ahead (the others open as these pass).
     */
    public static final int MAX_OPEN_FOR_REGISTRATION = 30;
    private final java.util.Set<String> open;
    /** Asked by every session page: found once (a scan of the sessions each time made the bake quadratic). */
    private final Session next;
    private final Session current;

    /** Registration to each session stays open until it starts. */
    public Programme(List<Session> sessions, Instant now) {
        this(sessions, now, Duration.ZERO);
    }

    /**
     * @param registrationCloses how long before its start a session's registration closes
     *                           ({@code registration.closes.hours}): the participation link is sent beforehand
     */
    public Programme(List<Session> sessions, Instant now, Duration registrationCloses) {
        this.registrationCloses = registrationCloses;
        this.sessions = sessions.stream()
                .filter(Session::published)
                .sorted(Comparator.comparing(Session::startInstant).thenComparing(Session::slug))
                .toList();
        this.now = now;
        this.bySlug = this.sessions.stream().collect(Collectors.toMap(Session::slug, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (int i = 0; i < this.sessions.size(); i++) {
            positions.put(this.sessions.get(i).slug(), i);
        }
        this.open = this.sessions.stream().filter(this::takesRegistrations).limit(MAX_OPEN_FOR_REGISTRATION)
                .map(Session::slug).collect(Collectors.toUnmodifiableSet());
        this.next = this.sessions.stream().filter(s -> s.startInstant().isAfter(now) && s.eventStatus().takesPlace()).findFirst().orElse(null);
        this.current = this.sessions.stream().filter(s -> s.isUnderWayAt(now) && s.eventStatus().takesPlace()).findFirst().orElse(null);
    }

    public List<Session> sessions() {
        return sessions;
    }

    public Instant now() {
        return now;
    }

    public Optional<Session> bySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    public boolean isPast(Session session) {
        return session.isPastAt(now);
    }

    public List<Session> upcoming() {
        return sessions.stream().filter(s -> !isPast(s)).toList();
    }

    /** Past sessions, most recent first. */
    public List<Session> past() {
        return sessions.stream().filter(this::isPast).sorted(Comparator.comparing(Session::startInstant).reversed()).toList();
    }

    /**
     * The next session that will take place: not started, neither cancelled nor postponed (a postponed
     * session has no date yet; it stays in the list, marked, but is not the one to come). A session under
     * way is {@link #current()}, not the next one.
     */
    public Optional<Session> next() {
        return Optional.ofNullable(next);
    }

    /** The session taking place now (« En ce moment »), if any. */
    public Optional<Session> current() {
        return Optional.ofNullable(current);
    }

    /** When a session's registration closes: {@code registrationCloses} before its start. */
    public Instant registrationClosesAt(Session session) {
        return session.startInstant().minus(registrationCloses);
    }

    /**
     * Open for registration: announced, not cancelled or postponed, not closed by its editor, its registration not
     * yet closed ({@link #registrationClosesAt}), and among the next {@value #MAX_OPEN_FOR_REGISTRATION} such sessions.
     */
    public boolean isOpenForRegistration(Session session) {
        return open.contains(session.slug()) && takesRegistrations(session);
    }

    private boolean takesRegistrations(Session session) {
        return session.registration() && registrationClosesAt(session).isAfter(now) && session.eventStatus().takesPlace();
    }

    /** Past sessions with a recording or documents, most recent first, at most {@code limit}. */
    public List<Session> recentWithMaterial(int limit) {
        return past().stream().filter(Session::hasMaterial).limit(limit).toList();
    }

    public List<Session> openForRegistration() {
        return sessions.stream().filter(this::isOpenForRegistration).toList();
    }

    /** Sessions by year of their date, years ascending. */
    public Map<Integer, List<Session>> byYear() {
        return sessions.stream().collect(Collectors.groupingBy(s -> s.date().getYear(), java.util.TreeMap::new, Collectors.toList()));
    }

    public Optional<Session> previous(Session session) {
        int index = indexOf(session);
        return index > 0 ? Optional.of(sessions.get(index - 1)) : Optional.empty();
    }

    public Optional<Session> following(Session session) {
        int index = indexOf(session);
        return index >= 0 && index + 1 < sessions.size() ? Optional.of(sessions.get(index + 1)) : Optional.empty();
    }

    /**
     * The session to announce on {@code session}'s page once it is over: the first that will take place (as
     * {@link #next()} says) starting once it has ended. The page is baked once and read after the session: the next
     * session of the build's day may be long past by then, or this one.
     */
    public Optional<Session> nextAfter(Session session) {
        if (next == null) {
            return Optional.empty();
        }
        // From the later of the session itself and the next one: a scan of a few sessions, not of the programme.
        for (int i = Math.max(indexOf(session) + 1, indexOf(next)); i >= 0 && i < sessions.size(); i++) {
            Session candidate = sessions.get(i);
            if (!candidate.startInstant().isBefore(session.endInstant()) && candidate.eventStatus().takesPlace()
                    && candidate.startInstant().isAfter(now)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private int indexOf(Session session) {
        Integer index = positions.get(session.slug());
        return index == null ? -1 : index;
    }

    /** The sessions that carry a tag, in chronological order. */
    public List<Session> taggedWith(String tag) {
        return sessions.stream().filter(s -> s.tags().contains(tag)).toList();
    }

    /** Every tag used by a published session, sorted. */
    public List<String> tags() {
        return sessions.stream().flatMap(s -> s.tags().stream()).distinct().sorted().toList();
    }
}
