/// Where the code points of a text start in its UTF-8 encoding, so that a stretch of the text (a quote, a cue, a
/// speaker) is copied out of the original `String` as bytes: a copy of a string's bytes is not validated again,
/// where a string built from code points (``Swift/String/init(scalars:)``) is sized, encoded and then validated.
///
/// The UTF-8 offset of every ``stride``-th code point is kept; another one's is found from the one before it by
/// adding the widths of the code points between (at most ``stride``).
struct UTF8Offsets {
    /// Code points between two kept offsets.
    static let stride = 64

    /// The UTF-8 offset of code point `k * stride`, for every such code point and the end of the text.
    private let anchors: [Int]

    /// The offsets of `scalars`, the code points of a text.
    init(_ scalars: [Unicode.Scalar]) {
        var anchors: [Int] = []
        anchors.reserveCapacity(scalars.count / UTF8Offsets.stride + 1)
        var offset = 0
        scalars.withUnsafeBufferPointer { scalars in
            var start = 0
            while start < scalars.count {
                anchors.append(offset)
                let end = min(start + UTF8Offsets.stride, scalars.count)
                offset += UTF8Offsets.width(UnsafeBufferPointer(rebasing: scalars[start..<end]))
                start = end
            }
        }
        if scalars.count % UTF8Offsets.stride == 0 { anchors.append(offset) }
        self.anchors = anchors
    }

    /// The UTF-8 offset of code point `position` (at most the count) of `scalars`, the code points these offsets were
    /// made from.
    func offset(of position: Int, in scalars: [Unicode.Scalar]) -> Int {
        let anchor = position / UTF8Offsets.stride
        return scalars.withUnsafeBufferPointer { scalars in
            let between = UnsafeBufferPointer(rebasing: scalars[anchor * UTF8Offsets.stride..<position])
            return anchors[anchor] + UTF8Offsets.width(between)
        }
    }

    /// The UTF-8 bytes of `scalars` (at most ``stride``), counted without a branch per code point and with
    /// wrapping additions (a block's count cannot overflow), so that the loop is vectorized.
    private static func width(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
        var total: UInt32 = 0
        for scalar in scalars {
            let value = scalar.value
            total &+= 1 &+ (value >= 0x80 ? 1 : 0) &+ (value >= 0x800 ? 1 : 0) &+ (value >= 0x10000 ? 1 : 0)
        }
        return Int(total)
    }
}
