package org.clinbridge.scenes.entity;

/** NMPA management class of a medical device: I lowest risk, III highest. */
public enum DeviceClass {
  I,
  II,
  III
}
