package org.guildhall.events;

public enum EventStatus {
    PUBLISHED, CANCELLED
}
