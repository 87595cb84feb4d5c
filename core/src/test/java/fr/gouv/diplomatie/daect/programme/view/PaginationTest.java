package fr.gouv.diplomatie.daect.programme.view;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaginationTest {

    private static List<String> shown(Pagination pagination) {
        return pagination.getLinks().stream().map(link -> link.isGap() ? "…" : link.isCurrent() ? "[" + link.getNumber() + "]" : "" + link.getNumber()).toList();
    }

    @Test
    void theFirstPageKeepsTheListingsAddressAndTheOthersAreBesideIt() {
        assertEquals("themes/sante.html", Pagination.pagePath("themes/sante.html", 1));
        assertEquals("themes/sante/page-2.html", Pagination.pagePath("themes/sante.html", 2));
        assertEquals("archives/2021/page-13.html", Pagination.pagePath("archives/2021.html", 13));
    }

    @Test
    void pagesHoldAtMostThePageSize() {
        assertEquals(1, Pagination.pageCount(0));
        assertEquals(1, Pagination.pageCount(Pagination.PAGE_SIZE));
        assertEquals(2, Pagination.pageCount(Pagination.PAGE_SIZE + 1));
    }

    @Test
    void aPageShowsTheFirstAndLastPagesAndItsNeighboursWithGapsBetween() {
        Pagination middle = new Pagination("archives/2021.html", 7, 13);
        assertEquals(List.of("1", "…", "3", "4", "5", "6", "[7]", "8", "9", "10", "11", "…", "13"), shown(middle));
        assertEquals("archives/2021/page-6.html", middle.getPrevious());
        assertEquals("archives/2021/page-8.html", middle.getNext());
        assertEquals("archives/2021/page-13.html", middle.getLast());

        Pagination first = new Pagination("archives/2021.html", 1, 3);
        assertEquals(List.of("[1]", "2", "3"), shown(first));
        assertEquals("", first.getPrevious());
        assertTrue(first.isShown());
        assertFalse(new Pagination("archives/2021.html", 1, 1).isShown());
    }

    @Test
    void everyPageOfAYearOfDailySessionsIsWithinTwoClicksOfItsFirstPage() {
        int count = Pagination.pageCount(366);
        int[] clicks = new int[count + 1];
        java.util.Arrays.fill(clicks, -1);
        clicks[1] = 0;
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(1));
        while (!queue.isEmpty()) {
            int page = queue.poll();
            for (Pagination.Link link : new Pagination("a.html", page, count).getLinks()) {
                if (!link.isGap() && clicks[link.getNumber()] < 0) {
                    clicks[link.getNumber()] = clicks[page] + 1;
                    queue.add(link.getNumber());
                }
            }
        }
        assertEquals(2, java.util.Arrays.stream(clicks).max().getAsInt());
    }
}
