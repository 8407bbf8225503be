package com.argus.archfixture.store;

/** A "store" class for the engine fixture to import. */
public class StoreThing {
}
