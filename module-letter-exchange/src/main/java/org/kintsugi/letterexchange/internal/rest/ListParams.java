package org.kintsugi.letterexchange.internal.rest;

import java.util.Arrays;
import java.util.Locale;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.letterexchange.internal.letters.ItemList;
import org.kintsugi.letterexchange.internal.letters.LetterLists;

/** Query parameters of the lists, checked so that a wrong one is a 400 naming it, not an empty list. */
final class ListParams {
    private ListParams() {
    }

    static ItemList list(String value) {
        try {
            return ItemList.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(FieldProblem.oneOf("list", Arrays.asList(ItemList.values())));
        }
    }

    static void page(int offset, int limit) {
        if (limit < 1 || limit > LetterLists.MAX_LIMIT) {
            throw ProblemException.invalid(FieldProblem.between("limit", 1, LetterLists.MAX_LIMIT));
        }
        if (offset < 0) {
            throw ProblemException.invalid(FieldProblem.notNegative("offset"));
        }
    }
}
