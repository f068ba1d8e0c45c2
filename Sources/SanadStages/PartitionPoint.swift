/// Binary search over collections ordered by a yes/no question (spans in text order, tokens by offset).
extension RandomAccessCollection {
    /// The index of the first element for which `isAfter` holds, or `endIndex` when none does; `isAfter` must be
    /// false for some prefix of the collection and true for the rest.
    func partitionPoint(where isAfter: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if isAfter(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
