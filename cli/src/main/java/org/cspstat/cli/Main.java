package org.cspstat.cli;
public final class Main { public static void main(String[] a) { } }
