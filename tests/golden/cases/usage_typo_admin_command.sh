# A group names its commands when the word is not close to one.
kolmi admin frobnicate
