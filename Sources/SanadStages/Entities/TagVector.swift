/// One value per tag (``EntityTag/count``, 9) held in registers, eight lanes and the last tag, so that the per-tag
/// loops of the emission scorer and the decoder work on all tags at once.
///
/// Each lane computes exactly what a per-tag loop would (the same operations in the same order), so results are
/// bit for bit those of the scalar loops.
struct TagVector<Scalar: SIMDScalar> {
    private var lanes: SIMD8<Scalar>
    private var last: Scalar

    /// Every tag's value is `value`.
    @inline(__always)
    init(repeating value: Scalar) {
        lanes = SIMD8(repeating: value)
        last = value
    }

    /// The ``EntityTag/count`` values at `values`.
    @inline(__always)
    init(_ values: UnsafePointer<Scalar>) {
        lanes = UnsafeRawPointer(values).loadUnaligned(as: SIMD8<Scalar>.self)
        last = values[8]
    }

    /// Writes the values to the ``EntityTag/count`` values at `target`.
    @inline(__always)
    func store(to target: UnsafeMutablePointer<Scalar>) {
        UnsafeMutableRawPointer(target).storeBytes(of: lanes, as: SIMD8<Scalar>.self)
        target[8] = last
    }
}

extension TagVector where Scalar == Int32 {
    /// Adds the ``EntityTag/count`` values at `values`, wrapping.
    @inline(__always)
    mutating func add(_ values: UnsafePointer<Scalar>) {
        lanes &+= UnsafeRawPointer(values).loadUnaligned(as: SIMD8<Scalar>.self)
        last &+= values[8]
    }

    /// Writes `Float(value) * scale` of each value to the ``EntityTag/count`` floats at `target` (each lane converts
    /// and multiplies as the scalar expression does, so the floats are bit for bit the same).
    @inline(__always)
    func storeScaled(by scale: Float, to target: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(target).storeBytes(of: SIMD8<Float>(lanes) * scale, as: SIMD8<Float>.self)
        target[8] = Float(last) * scale
    }

    /// Writes the values, truncated to bytes, to the ``EntityTag/count`` bytes at `target`.
    @inline(__always)
    func storeTruncated(to target: UnsafeMutablePointer<Int8>) {
        UnsafeMutableRawPointer(target).storeBytes(of: SIMD8<Int8>(truncatingIfNeeded: lanes), as: SIMD8<Int8>.self)
        target[8] = Int8(truncatingIfNeeded: last)
    }
}

extension TagVector where Scalar == Float {
    /// Per tag, `a + b`.
    @inline(__always)
    static func + (a: TagVector, b: TagVector) -> TagVector {
        var sum = a
        sum.lanes += b.lanes
        sum.last += b.last
        return sum
    }

    /// Per tag, `a + b`.
    @inline(__always)
    static func + (a: TagVector, b: Scalar) -> TagVector { a + TagVector(repeating: b) }

    /// Per tag, whether `a > b`.
    @inline(__always)
    static func > (a: TagVector, b: TagVector) -> TagMask { TagMask(lanes: a.lanes .> b.lanes, last: a.last > b.last) }
}

extension TagVector where Scalar.SIMDMaskScalar == Int32 {
    /// Where `better` holds, sets the value to `other`'s.
    @inline(__always)
    mutating func replace(with other: TagVector, where better: TagMask) {
        lanes.replace(with: other.lanes, where: better.lanes)
        if better.last { last = other.last }
    }
}

/// A per-tag condition (``TagVector``).
struct TagMask {
    fileprivate var lanes: SIMDMask<SIMD8<Int32>>
    fileprivate var last: Bool
}
