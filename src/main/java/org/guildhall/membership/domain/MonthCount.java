package org.guildhall.membership.domain;

/** How many memberships something happened to in one calendar month. */
public record MonthCount(int year, int month, long count) {
}
