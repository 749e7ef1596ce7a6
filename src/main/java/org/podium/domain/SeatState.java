package org.podium.domain;

/** How far a speaker's invitation has gone. */
public enum SeatState {
    INVITED, CONFIRMED, DECLINED
}
