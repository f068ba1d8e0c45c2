print("sanad")
