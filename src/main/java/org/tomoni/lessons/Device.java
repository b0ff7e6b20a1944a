package org.tomoni.lessons;

/** A kind of phone or tablet whose screens a step may describe differently. */
public enum Device {
    IPHONE,
    ANDROID
}
