package org.tomoni.accounts;

/** The pictures a student's picture password is made of, three of them in order. */
public enum Picture {
    APPLE,
    CAT,
    DOG,
    FISH,
    FLOWER,
    STAR,
    SUN,
    TREE,
    CAR;

    public static final int IN_A_PASSWORD = 3;

    /** Where the browser finds the drawing. */
    public String imagePath() {
        return "images/pictures/" + name().toLowerCase() + ".svg";
    }
}
