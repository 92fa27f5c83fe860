package vn.presswatch.api.web;

import vn.presswatch.api.alert.AlertState;

/** How an alert's state looks: new alerts stand out, answered ones are green, the others quiet. */
final class AlertStateBadges {
    private AlertStateBadges() {
    }

    static Badge of(AlertState state) {
        return new Badge(state.vietnameseName(), switch (state) {
            case NEW -> "warn";
            case ASSIGNED -> "info";
            case ANSWERED -> "positive";
            case DISMISSED -> "";
        });
    }
}
